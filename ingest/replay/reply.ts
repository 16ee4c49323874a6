/**
 * Responses as PTV writes them: 400 is a dictionary from parameter name to messages, 404 and
 * 500 are `{"errorMessage": ...}`, 429 is plain text and a gateway 504 is nginx HTML.
 */
export const JSON_TYPE = 'application/json; charset=utf-8';

export interface Reply {
  status: number;
  contentType: string;
  body: Buffer | string;
}

/** Thrown by parsers and handlers to answer early; the dispatcher turns it into its reply. */
export class ReplyError extends Error {
  readonly reply: Reply;

  constructor(reply: Reply) {
    super(`${reply.status}`);
    this.reply = reply;
  }
}

export function json(body: unknown, status = 200): Reply {
  return { status, contentType: JSON_TYPE, body: JSON.stringify(body) };
}

/** A JSON reply whose bytes are already serialised (entity files are served as stored). */
export function rawJson(body: Buffer | string, status = 200): Reply {
  return { status, contentType: JSON_TYPE, body };
}

export function badRequest(parameter: string, message: string): ReplyError {
  return new ReplyError(json({ [parameter]: [message] }, 400));
}

export function notFound(errorMessage: string): ReplyError {
  return new ReplyError(json({ errorMessage }, 404));
}

export function serverError(errorMessage: string): ReplyError {
  return new ReplyError(json({ errorMessage }, 500));
}

/** ASP.NET answers an unmatched route with an empty 404. */
export const NO_ROUTE: Reply = { status: 404, contentType: 'text/plain', body: '' };

export const TOO_MANY_REQUESTS: Reply = {
  status: 429,
  contentType: 'text/plain; charset=utf-8',
  body: 'Too many requests sent to server, try again later',
};

export const INTERNAL_ERROR: Reply = json(
  { errorMessage: 'An error occurred while processing your request.' },
  500,
);

export const GATEWAY_TIMEOUT: Reply = {
  status: 504,
  contentType: 'text/html',
  body:
    '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n' +
    '<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n' +
    '</body>\r\n</html>\r\n',
};

/** What live PTV answers to a GET carrying an invalid bearer token. */
export const AUTHORIZATION_REJECTED: Reply = json(
  { errorMessage: 'IDX10503: Signature validation failed. The bearer token is not valid.' },
  500,
);
