import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { App } from './App';
import { ServerStateProvider } from './queries/apiContext';
import { createQueryClient } from './queries/queryClient';
import { addressWithoutToken } from './lib/tokenInUrl';
import './index.css';

const cleanAddress = addressWithoutToken(window.location.href);
if (cleanAddress) window.history.replaceState(window.history.state, '', cleanAddress);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServerStateProvider api={api} client={createQueryClient()}>
      <App />
    </ServerStateProvider>
  </StrictMode>,
);
