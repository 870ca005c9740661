// Answers that n8n itself gives before one of our nodes runs, as tests expect them.

/**
 * n8n's answer to a malformed JSON body for a version-2 trigger: n8n parses the body before the
 * trigger runs (version 1 keeps our 400 with what is wrong; docs/performance.md weighs the two).
 */
export const n8nUnparsable = (): unknown[] => [422, expect.stringMatching(/Failed to parse request body/)];
