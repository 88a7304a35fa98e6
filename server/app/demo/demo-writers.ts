/** A believable platform: writers in every onboarding state, across the countries we can pay. */
export const DEMO_WRITERS = [
  { displayName: 'Amara Okafor', email: 'amara.okafor@example.com', country: 'US', sandboxState: 'active' },
  { displayName: 'Lukas Becker', email: 'lukas.becker@example.com', country: 'DE', sandboxState: 'active' },
  { displayName: 'Sofia Marques', email: 'sofia.marques@example.com', country: 'PT', sandboxState: 'active' },
  { displayName: 'Hiroshi Tanaka', email: 'hiroshi.tanaka@example.com', country: 'US', sandboxState: 'active' },
  { displayName: 'Chloé Dubois', email: 'chloe.dubois@example.com', country: 'FR', sandboxState: 'active' },
  { displayName: 'Priya Raman', email: 'priya.raman@example.com', country: 'GB', sandboxState: 'pending_verification' },
  { displayName: 'Mateo García', email: 'mateo.garcia@example.com', country: 'ES', sandboxState: 'pending_verification' },
  { displayName: 'Emma Johansson', email: 'emma.johansson@example.com', country: 'SE', sandboxState: 'restricted' },
  { displayName: 'Noah Williams', email: 'noah.williams@example.com', country: 'CA', sandboxState: 'rejected' },
  { displayName: 'Giulia Rossi', email: 'giulia.rossi@example.com', country: 'IT', sandboxState: 'in_progress' },
  { displayName: 'Jan de Vries', email: 'jan.devries@example.com', country: 'NL', sandboxState: 'in_progress' },
  { displayName: 'Zoe Müller', email: 'zoe.mueller@example.com', country: 'CH', sandboxState: null },
] as const;
