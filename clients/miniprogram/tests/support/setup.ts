import { beforeEach } from 'vitest';
import { installMemoryWx } from './memory-wx';

// Every test starts with an empty storage and a wx whose network calls fail until the test says otherwise.
beforeEach(() => {
  installMemoryWx();
});
