/**
 * The lessons' words, loaded on first need as their own chunk: every page but the lessons'
 * carries none of their text. `null` while loading (or if the chunk could not load).
 */
import { useEffect, useState } from 'react';
import type { LessonId } from '../../../core/lessons/catalog.js';
import type { Catalog } from '../../i18n/languages.js';
import { useLanguage } from '../../i18n/useMessages.js';
import type { LessonContent } from './lesson-content.js';

type Lessons = Catalog<Record<LessonId, LessonContent>>;

let loaded: Lessons | null = null;
let loading: Promise<Lessons> | null = null;

function loadLessons(): Promise<Lessons> {
  loading ??= import('./lesson-catalog.js').then((module) => {
    loaded = module.lessonCatalog;
    return loaded;
  });
  return loading;
}

/** Every built-in lesson's words in the person's language, once loaded. */
export function useLessonCatalog(): Record<LessonId, LessonContent> | null {
  const language = useLanguage();
  const [lessons, setLessons] = useState<Lessons | null>(loaded);
  useEffect(() => {
    if (lessons) return;
    let active = true;
    loadLessons().then(
      (next) => {
        if (active) setLessons(next);
      },
      () => {
        // A chunk that failed to load leaves the quiet parts (card, link) hidden; pages retry on reload.
        loading = null;
      },
    );
    return () => {
      active = false;
    };
  }, [lessons]);
  return lessons ? lessons[language] : null;
}
