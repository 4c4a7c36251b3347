/**
 * Runs `work` and answers no sooner than `ms` after it started, whether it succeeds or throws: a public form whose
 * answer is the same for an address with an account and one without must not say it by its time either (attacker pass
 * 25: "Quên mật khẩu?" answered in 53 ms for a made-up address and 83 ms for a real one, which issues a link and queues
 * an email). Waiting holds no thread.
 */
export async function steady<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const until = performance.now() + ms;
  const wait = () => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, until - performance.now())));
  try {
    const result = await work();
    await wait();
    return result;
  } catch (error) {
    await wait();
    throw error;
  }
}

/** How long a password-reset request takes to answer, at least: longer than the work takes on a loaded server. */
export const RESET_ANSWER_MS = 600;
