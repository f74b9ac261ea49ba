// Edge Functions are called by the app's server, and by the browser for
// streaming; the allowed origin is the app's own.
export const corsHeaders: Record<string, string> = {
	'Access-Control-Allow-Origin': (globalThis as { Deno?: { env: { get(name: string): string | undefined } } }).Deno?.env.get('APP_URL') ?? '*',
	'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',
	'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
	Vary: 'Origin',
}
