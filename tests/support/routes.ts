import { randomInt } from 'node:crypto'
import { RouterContextProvider } from 'react-router'
import { clientAddressContext } from '#app/server/request-context.server.ts'

/** A form post as a browser on our own origin sends it. */
export function formPost(path: string, fields: Record<string, string>, options: { cookie?: string } = {}) {
	return new Request(new URL(path, 'http://localhost:3000'), {
		method: 'POST',
		headers: { origin: 'http://localhost:3000', ...(options.cookie ? { cookie: options.cookie } : {}) },
		body: new URLSearchParams(fields),
	})
}

export function routeContext(clientAddress = `198.51.100.${randomInt(1, 254)}`) {
	const context = new RouterContextProvider()
	context.set(clientAddressContext, clientAddress)
	return context
}

/** Runs a route action or loader and returns its Response, whether it returned or threw it. */
export async function settle(run: () => Promise<unknown>): Promise<{ status: number; headers: Headers; body: unknown }> {
	try {
		const result = await run()
		if (result instanceof Response) return { status: result.status, headers: result.headers, body: null }
		if (result && typeof result === 'object' && 'type' in result && (result as { type: string }).type === 'DataWithResponseInit') {
			const { data, init } = result as unknown as { data: unknown; init?: ResponseInit }
			return { status: init?.status ?? 200, headers: new Headers(init?.headers), body: data }
		}
		return { status: 200, headers: new Headers(), body: result }
	} catch (thrown) {
		if (thrown instanceof Response) return { status: thrown.status, headers: thrown.headers, body: null }
		throw thrown
	}
}
