// The HTTP server for development and production: serves static assets and
// hands every other request to React Router, with the client address in the
// router context (rate limits need the real one, not a spoofable header).
import { existsSync } from 'node:fs'
import compression from 'compression'
import express from 'express'
import { createRequestHandler } from '@react-router/express'
import { RouterContextProvider } from 'react-router'

// Settings from a local .env file, never overriding the real environment.
if (existsSync('.env')) process.loadEnvFile('.env')

const production = process.env.NODE_ENV === 'production'
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'

const app = express()
app.disable('x-powered-by')
// Behind a reverse proxy, set TRUST_PROXY (e.g. "1" or "loopback") so req.ip is the client's.
if (process.env.TRUST_PROXY) {
	const value = process.env.TRUST_PROXY
	app.set('trust proxy', /^\d+$/.test(value) ? Number(value) : value)
}
app.use(compression())

let viteServer
if (production) {
	app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }))
	app.use(express.static('build/client', { maxAge: '1h', index: false }))
} else {
	const vite = await import('vite')
	viteServer = await vite.createServer({ server: { middlewareMode: true }, appType: 'custom' })
	app.use(viteServer.middlewares)
}

const getBuild = production
	? () => import('./build/server/index.js')
	: () => viteServer.ssrLoadModule('virtual:react-router/server-build')

app.all(
	'*',
	createRequestHandler({
		build: getBuild,
		mode: production ? 'production' : 'development',
		async getLoadContext(req) {
			const build = await getBuild()
			const context = new RouterContextProvider()
			context.set(build.entry.module.clientAddressContext, req.ip ?? null)
			return context
		},
	}),
)

const server = app.listen(port, host, () => {
	console.log(`phoenix app listening on http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`)
})

function shutdown() {
	server.close(() => process.exit(0))
	viteServer?.close()
	setTimeout(() => process.exit(0), 2000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
