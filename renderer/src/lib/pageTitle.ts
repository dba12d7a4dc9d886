/** The tab's title: the live call count first, so it shows even in a narrow tab. */
export const pageTitle = (liveCount: number) => (liveCount > 0 ? `(${liveCount} live) Pickup` : 'Pickup');
