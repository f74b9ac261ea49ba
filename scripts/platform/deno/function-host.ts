// Runs one Supabase Edge Function under Deno, as the edge runtime does: the
// function's module calls Deno.serve(handler); here that handler is bound to
// the port the local gateway proxies to.
// Usage: deno run <permissions> --config <function>/deno.json function-host.ts <entrypoint> <port>

const [entrypoint, portText] = Deno.args
if (!entrypoint || !portText) {
	console.error('usage: function-host.ts <entrypoint> <port>')
	Deno.exit(2)
}
const port = Number(portText)
const originalServe = Deno.serve.bind(Deno)

type Handler = (request: Request, info: Deno.ServeHandlerInfo) => Response | Promise<Response>

// deno-lint-ignore no-explicit-any
;(Deno as any).serve = (first: unknown, second?: unknown) => {
	const handler = (typeof first === 'function' ? first : second ?? (first as { handler?: Handler }).handler) as Handler
	return originalServe({ port, hostname: '127.0.0.1', onListen: () => console.log(`ready on ${port}`) }, handler)
}

await import(new URL(entrypoint, `file://${Deno.cwd()}/`).href)
