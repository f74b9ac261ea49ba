import { createContext } from 'react-router'

/** The client's network address as the HTTP server saw it (server.js sets it). */
export const clientAddressContext = createContext<string | null>(null)
