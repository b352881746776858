"""Offline speech for voice interviews.

- `workbench.speech.stt`: `SpeechToText` / `get_stt` (faster-whisper, Whisper tiny.en shipped in a package).
- `workbench.speech.tts`: `TextToSpeech` / `get_tts` (Piper voice, espeak-ng fallback).
- `workbench.speech.endpoint`: `UtteranceDetector` (hands-free end-of-answer detection), `pcm16_to_wav`.
- `workbench.speech.audio`: decoding, resampling and WAV helpers; `AudioDecodeError`.

Submodules are imported explicitly so that importing this package never loads a model or a native library.
"""
