import net from 'node:net'

/** Resolves when nothing listens on the port; otherwise throws a message a person can act on. */
export async function assertPortFree(port: number, what: string, envName: string) {
	const free = await new Promise<boolean>((resolve) => {
		const server = net.createServer()
		server.once('error', () => resolve(false))
		server.once('listening', () => server.close(() => resolve(true)))
		server.listen(port, '127.0.0.1')
	})
	if (!free) {
		throw new Error(
			`Port ${port} (${what}) is already in use. Stop whatever uses it or choose another port with ${envName}=<port>.`,
		)
	}
}

export async function waitForHttp(url: string, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs
	let lastError: unknown
	while (Date.now() < deadline) {
		try {
			const response = await fetch(url, { redirect: 'manual' })
			await response.body?.cancel()
			return
		} catch (error) {
			lastError = error
			await new Promise((r) => setTimeout(r, 150))
		}
	}
	throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(lastError)}`)
}
