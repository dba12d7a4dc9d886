import { KeyRound, ShieldAlert, ShieldCheck } from 'lucide-react';
import { ButtonLink } from '../../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { errorMessage } from '../../lib/errors';
import { hrefFor } from '../../lib/route';
import { useConnections } from '../../queries/connections';
import { NgrokAccountForm, OpenAiAccountForm, TwilioAccountForm } from './AccountForms';

/** The three accounts Pickup uses, each connected by pasting what its website shows. */
export function ConnectionsCard() {
  const { data: connections, error } = useConnections();
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <KeyRound className="h-5 w-5" aria-hidden /> Connections
        </CardTitle>
        <CardDescription>Your phone company, the link to this computer, and (optionally) the AI.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        {error && <p className="text-sm text-destructive">Connections not loaded: {errorMessage(error)}</p>}
        {connections && (
          <>
            <section className="space-y-3" aria-labelledby="twilio-heading">
              <h3 id="twilio-heading" className="text-sm font-semibold">
                Twilio (your phone number)
              </h3>
              <TwilioAccountForm state={connections.twilio} accountSid={connections.twilio.accountSid} />
            </section>
            <section className="space-y-3" aria-labelledby="ngrok-heading">
              <h3 id="ngrok-heading" className="text-sm font-semibold">
                ngrok (lets Twilio reach this computer)
              </h3>
              <NgrokAccountForm state={connections.ngrok} domain={connections.ngrok.domain} />
            </section>
            <section className="space-y-3" aria-labelledby="openai-heading">
              <h3 id="openai-heading" className="text-sm font-semibold">
                OpenAI (optional: a more natural receptionist)
              </h3>
              <OpenAiAccountForm state={connections.openai} />
            </section>
            <p className="flex items-start gap-2 text-xs text-muted-foreground">
              {connections.secrets.osProtected ? (
                <ShieldCheck className="h-4 w-4 shrink-0" aria-hidden />
              ) : (
                <ShieldAlert className="h-4 w-4 shrink-0" aria-hidden />
              )}
              <span>
                Your tokens and keys are never shown again or sent anywhere but their own service.{' '}
                {connections.secrets.description}
              </span>
            </p>
            <ButtonLink variant="outline" href={hrefFor('welcome')}>
              Open the setup guide again
            </ButtonLink>
          </>
        )}
      </CardContent>
    </Card>
  );
}
