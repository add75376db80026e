import { notifyHistoryChanged } from '../../app/browser';
import {
  deleteAllHistory,
  deletePosting,
  followHistory,
  getHistorySettings,
  pruneHistory,
  setHistorySettings,
} from '../../app/storage/history';
import type { HistoryStore } from '../../components/history/use-history';

/** The history sections' store: the history table, and the background told of each change. */
export const historyStore: HistoryStore = {
  follow: followHistory,
  getSettings: getHistorySettings,
  setSettings: setHistorySettings,
  deletePosting,
  deleteAll: deleteAllHistory,
  prune: (keepDays) => pruneHistory(keepDays),
  notifyChanged: notifyHistoryChanged,
};
