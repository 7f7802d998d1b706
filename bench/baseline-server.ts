// The bare node:http baseline: answers every request with the same bytes (a file given on the command line),
// so Hearth's numbers can be read against what this machine can serve at all.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, contentType, port] = process.argv.slice(2);
const body = readFileSync(file as string);
createServer((_request, response) => {
  response.writeHead(200, { 'content-type': contentType as string, 'content-length': body.length });
  response.end(body);
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
