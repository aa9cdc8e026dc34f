import { prefetchBoard } from './prefetch';

// The board's requests first, then the app: its script loads while the API answers.
prefetchBoard();
void import('./main');
