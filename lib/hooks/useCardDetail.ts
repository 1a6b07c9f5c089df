'use client';
import { readCardDetail, readReviewStabilities } from '../db';
import { getDb } from './db';
import { useLiveQuery } from './liveQuery';

/** One card, its schedule and its history, live; `undefined` while loading. */
export const useCardDetail = (key: string) => useLiveQuery(() => readCardDetail(getDb(), key), [key]);

/** The stability of every card in review, live (the workload estimate of the study settings). */
export const useReviewStabilities = () => useLiveQuery(() => readReviewStabilities(getDb()), []);
