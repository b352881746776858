"""Offline speech for voice interviews.

- `workbench.speech.stt`: `SpeechToText` / `get_stt` (faster-whisper, Whisper tiny.en shipped in a package).
- `workbench.speech.tts`: `TextToSpeech` / `get_tts` (Piper voice, espeak-ng fallback).
- `workbench.speech.endpoint`: `TurnDetector` (hands-free turn taking: Silero VAD + Smart Turn v3).
- `workbench.speech.listen`: `VoiceTurnListener` (turn detection with transcription while the candidate speaks).
- `workbench.speech.turn_models`: the two ONNX turn-taking models, loaded from installed wheels.
- `workbench.speech.audio`: decoding, resampling and WAV helpers; `AudioDecodeError`.

Submodules are imported explicitly so that importing this package never loads a model or a native library.
"""
