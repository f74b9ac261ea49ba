// Liveness of the Edge Functions runtime: answers from Deno, touches nothing.
import { corsHeaders } from '../_shared/cors.ts'

Deno.serve((request: Request) => {
	if (request.method === 'OPTIONS') return new Response(null, { headers: corsHeaders })
	return Response.json(
		{ status: 'ok', runtime: 'deno', deno: Deno.version.deno },
		{ headers: { ...corsHeaders, 'Cache-Control': 'no-store' } },
	)
})
