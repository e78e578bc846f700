/**
 * Group commit for many small requests: items added while a batch is running wait
 * and go together in the next one, so 2,000 heartbeats a second cost a few dozen
 * statements rather than thousands. Each caller's promise settles with its own item's
 * outcome once the batch's statement has committed. No timer: a lone item runs at once.
 */
export class MicroBatcher<I, O> {
  private waiting: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  constructor(
    /** Answers one output per item, in order. */
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxItems = 500,
  ) {}

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.running) {
        this.running = true;
        // Let the requests that arrived in this turn of the event loop join the batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxItems);
      try {
        const outputs = await this.run(batch.map((entry) => entry.item));
        batch.forEach((entry, index) => entry.resolve(outputs[index] as O));
      } catch (error) {
        batch.forEach((entry) => entry.reject(error));
      }
    }
    this.running = false;
  }
}
