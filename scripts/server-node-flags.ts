/**
 * Node's own flags for the production server (`next start`): `npm start`, the end-to-end test server and
 * `npm run bench:http` all start it with these, so the bench measures the server users run.
 *
 * --max-old-space-size caps V8's old generation and, below 1 GB, also lowers how far V8 lets the heap grow past
 * what is live before it collects (issue 13, "peak resident memory under 300 MB"). The server's live heap is
 * about 60-90 MB; without the cap V8 let the heap grow to 240-270 MB under load before collecting, and the
 * server peaked at about 400 MB resident.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-old-space-size=384"];
