import Dexie from 'dexie';
import { DB_NAME, resetDb } from '../../app/storage/db';

/** Each unit test's own empty database: the open handle dropped and the fake IndexedDB deleted. */
export async function freshDb(): Promise<void> {
  resetDb();
  await Dexie.delete(DB_NAME);
}
