type Listener = (event: never, ...args: unknown[]) => unknown;

/**
 * `ipcRenderer.invoke` as Electron carries it, for tests of handlers registered with
 * `ipcMain.handle`: arguments and result are structured-cloned (class instances become plain
 * objects), and a thrown error reaches the page as a new Error holding only its message.
 */
export async function invokeLikeElectron(channel: string, listener: Listener, event: unknown, ...args: unknown[]) {
  let result: unknown;
  try {
    result = await listener(event as never, ...args.map((arg) => structuredClone(arg)));
  } catch (error) {
    throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
  }
  return structuredClone(result);
}
