import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'
import { verifyJwt } from '../../supabase/functions/_shared/jwt.ts'
import { freePort } from './free-port.ts'
import { assertPortFree } from './ports.ts'

const projectRoot = path.resolve(import.meta.dirname, '../..')
const functionsDir = path.join(projectRoot, 'supabase/functions')

/** The Deno binary the npm `deno` package installed. */
export function denoBin() {
	const require = createRequire(import.meta.url)
	const executable = process.platform === 'win32' ? 'deno.exe' : 'deno'
	return path.join(path.dirname(require.resolve('deno/package.json')), executable)
}

type FunctionConfig = { name: string; entrypoint: string; verifyJwt: boolean; config: string | null }

/** The [functions.<name>] entries of supabase/config.toml, for the folders that hold a function (an index.ts). */
export function readFunctionConfigs(): FunctionConfig[] {
	const toml = readFileSync(path.join(projectRoot, 'supabase/config.toml'), 'utf8')
	const settings = new Map<string, Record<string, string>>()
	let current: Record<string, string> | null = null
	for (const line of toml.split('\n')) {
		const section = line.match(/^\[functions\.([\w-]+)\]\s*$/)
		if (section) {
			current = {}
			settings.set(section[1]!, current)
			continue
		}
		if (/^\[/.test(line)) current = null
		const pair = line.match(/^\s*(\w+)\s*=\s*(.+?)\s*$/)
		if (current && pair) current[pair[1]!] = pair[2]!.replace(/^"(.*)"$/, '$1')
	}
	return readdirSync(functionsDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && existsSync(path.join(functionsDir, entry.name, 'index.ts')))
		.map((entry) => {
			const options = settings.get(entry.name) ?? {}
			const config = path.join(functionsDir, entry.name, 'deno.json')
			return {
				name: entry.name,
				entrypoint: path.join(functionsDir, entry.name, 'index.ts'),
				verifyJwt: options.verify_jwt !== 'false',
				config: existsSync(config) ? config : null,
			}
		})
}

/**
 * Serves every function under http://localhost:<port>/functions/v1/<name>,
 * like Supabase: one Deno process per function behind a small gateway that
 * enforces `verify_jwt` from config.toml with the project's JWT secret.
 */
export async function startFunctions(options: { port: number; env: Record<string, string>; log: (line: string) => void }) {
	await assertPortFree(options.port, 'Edge Functions', 'PHOENIX_FUNCTIONS_PORT')
	const functions = readFunctionConfigs()
	const children: ChildProcess[] = []
	const upstreams = new Map<string, { port: number; verifyJwt: boolean }>()
	// Hosted Supabase gives every function SUPABASE_DB_URL; locally it is the platform's database.
	const functionEnv: Record<string, string> = { ...options.env }
	if (!functionEnv.SUPABASE_DB_URL && functionEnv.DATABASE_URL) functionEnv.SUPABASE_DB_URL = functionEnv.DATABASE_URL

	await Promise.all(
		functions.map(async (fn) => {
			const port = await freePort()
			const args = ['run', '--quiet', '--allow-net', '--allow-env', '--allow-read', '--no-prompt']
			if (fn.config) args.push('--config', fn.config)
			args.push(path.join(import.meta.dirname, 'deno', 'function-host.ts'), fn.entrypoint, String(port))
			const child = spawn(denoBin(), args, {
				cwd: projectRoot,
				env: { ...process.env, ...functionEnv, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
				stdio: ['ignore', 'pipe', 'pipe'],
			})
			children.push(child)
			await new Promise<void>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`Edge Function "${fn.name}" did not start within 60 s`)), 60_000)
				child.stdout!.on('data', (chunk: Buffer) => {
					const text = chunk.toString()
					if (text.includes(`ready on ${port}`)) {
						clearTimeout(timer)
						resolve()
					} else options.log(`[${fn.name}] ${text.trimEnd()}`)
				})
				child.stderr!.on('data', (chunk: Buffer) => options.log(`[${fn.name}] ${chunk.toString().trimEnd()}`))
				child.once('exit', (code) => {
					clearTimeout(timer)
					reject(new Error(`Edge Function "${fn.name}" exited with code ${code}`))
				})
			})
			upstreams.set(fn.name, { port, verifyJwt: fn.verifyJwt })
		}),
	)

	const jwtSecret = options.env.JWT_SECRET ?? ''
	const gateway = http.createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost')
		const match = url.pathname.match(/^\/functions\/v1\/([\w-]+)(\/.*)?$/)
		const upstream = match ? upstreams.get(match[1]!) : undefined
		if (!upstream) {
			response.writeHead(404, { 'Content-Type': 'application/json' })
			return response.end(JSON.stringify({ code: 'NOT_FOUND', message: 'Requested function was not found' }))
		}
		if (upstream.verifyJwt && request.method !== 'OPTIONS') {
			const token = request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? ''
			if (!(await verifyJwt(token, jwtSecret))) {
				response.writeHead(401, { 'Content-Type': 'application/json' })
				return response.end(JSON.stringify({ code: 401, message: 'Invalid JWT' }))
			}
		}
		const proxied = http.request(
			{ host: '127.0.0.1', port: upstream.port, path: request.url, method: request.method, headers: request.headers },
			(upstreamResponse) => {
				response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers)
				upstreamResponse.pipe(response)
			},
		)
		// The person closed the page or pressed « Arrêter »: the function sees its request end too.
		response.on('close', () => {
			if (!response.writableFinished) proxied.destroy()
		})
		proxied.on('error', () => {
			if (response.destroyed) return
			if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'application/json' })
			response.end(JSON.stringify({ code: 'BOOT_ERROR', message: 'Function failed to respond' }))
		})
		request.pipe(proxied)
	})
	await new Promise<void>((resolve) => gateway.listen(options.port, '127.0.0.1', resolve))

	return {
		url: `http://localhost:${options.port}`,
		names: functions.map((fn) => fn.name),
		async stop() {
			for (const child of children) child.kill('SIGTERM')
			await new Promise<void>((resolve) => {
				gateway.closeAllConnections()
				gateway.close(() => resolve())
			})
		},
	}
}
