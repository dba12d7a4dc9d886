/** The parts of Electron's powerSaveBlocker that keeping awake uses. */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-app-suspension'): number;
  stop(id: number): void;
}

export interface KeepAwake {
  /** Holds the computer awake (the screen may still sleep) while `on`, and lets it sleep after. */
  set(on: boolean): void;
  active(): boolean;
}

/** A sleeping laptop answers no calls: while the AI is on duty, Pickup keeps it awake. */
export function createKeepAwake(blocker: PowerSaveBlockerLike): KeepAwake {
  let id: number | null = null;
  return {
    set(on) {
      if (on && id === null) id = blocker.start('prevent-app-suspension');
      if (!on && id !== null) {
        blocker.stop(id);
        id = null;
      }
    },
    active: () => id !== null,
  };
}
