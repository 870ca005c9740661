// n8n takes 10-20 s to start on a small machine; hooks and tests get room for it.
jest.setTimeout(180_000);
