import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route: answers a request on the local test server. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Starts an HTTP server on 127.0.0.1 at a free port (no network beyond this machine is used in
 * tests). Unknown paths answer 404. `close` ends open connections too (hanging routes).
 */
export async function startServer(routes: Record<string, Route>) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(request, response);
    else response.writeHead(404, 'Not Found').end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route that sends a body with a content type. */
export const serve =
  (body: string | Buffer, type = 'text/html; charset=utf-8', status = 200): Route =>
  (_, response) => {
    response.writeHead(status, { 'content-type': type }).end(body);
  };

/** A route that redirects. */
export const redirect =
  (location: string, status = 302): Route =>
  (_, response) => {
    response.writeHead(status, { location }).end();
  };
