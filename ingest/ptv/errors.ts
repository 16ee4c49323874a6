/** Base of every error the PTV client throws; `retryable` tells the caller whether to try again. */
export class PtvError extends Error {
  override name = 'PtvError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The request never got a complete response: connection refused, reset or dropped. */
export class PtvRequestError extends PtvError {
  override name = 'PtvRequestError';
  constructor(
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`PTV request to ${url} failed before a response arrived`, true, options);
  }
}

/** PTV answered with an error status; the body is kept as text (429 and 504 are not JSON). */
export class PtvApiError extends PtvError {
  override name = 'PtvApiError';
  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(
      `PTV answered ${status} for ${url}: ${body.slice(0, 200)}`,
      status === 429 || status >= 500,
    );
  }
}

export class PtvTimeoutError extends PtvError {
  override name = 'PtvTimeoutError';
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`PTV did not answer ${url} within ${timeoutMs} ms`, true);
  }
}

/** The response was not the JSON shape the endpoint promises (e.g. an HTML page with status 200). */
export class PtvResponseError extends PtvError {
  override name = 'PtvResponseError';
  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`Unexpected PTV response from ${url}: ${message}`, true, options);
  }
}
