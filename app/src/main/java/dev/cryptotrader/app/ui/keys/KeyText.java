package dev.cryptotrader.app.ui.keys;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Key combinations as users write them in the config file: {@code "Alt+T"}, {@code "Ctrl+Shift+Left"},
 * {@code "Delete"}, {@code "F1"}, {@code "Page Up"}. Strict, unlike JavaFX's own {@code KeyCombination.valueOf},
 * which turns any unknown word into a "character" combination that never matches: here an unknown key or modifier
 * is an error that lists what is allowed. Modifiers: Ctrl, Shift, Alt, Meta, Shortcut (Ctrl, or Cmd on macOS).
 */
public final class KeyText {

    private KeyText() {
    }

    public static KeyCombination parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a key is empty; write one such as \"Alt+T\" or \"F1\"");
        }
        List<String> parts = split(trimmed);
        List<KeyCombination.Modifier> modifiers = new ArrayList<>();
        for (String modifier : parts.subList(0, parts.size() - 1)) {
            KeyCombination.Modifier m = modifier(modifier, trimmed);
            if (modifiers.contains(m)) {
                throw new IllegalArgumentException("'" + trimmed + "' names " + modifier + " twice");
            }
            modifiers.add(m);
        }
        KeyCode code = parts.getLast().isEmpty() ? null : code(parts.getLast(), trimmed);
        if (code == null || code.isModifierKey()) {
            throw new IllegalArgumentException("'" + trimmed + "' ends in a modifier; end it in a key, as in "
                    + "\"Alt+T\"");
        }
        return new KeyCodeCombination(code, modifiers.toArray(KeyCombination.Modifier[]::new));
    }

    /** Splits on '+', keeping a trailing "+" as the key itself ("Ctrl++" is Ctrl and Plus). */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '+' && i > start) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    private static KeyCombination.Modifier modifier(String word, String whole) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "ctrl", "control" -> KeyCombination.CONTROL_DOWN;
            case "shift" -> KeyCombination.SHIFT_DOWN;
            case "alt", "option" -> KeyCombination.ALT_DOWN;
            case "meta", "cmd", "command" -> KeyCombination.META_DOWN;
            case "shortcut" -> KeyCombination.SHORTCUT_DOWN;
            default -> throw new IllegalArgumentException("'" + whole + "': '" + word + "' is not a modifier; use "
                    + "Ctrl, Shift, Alt, Meta or Shortcut");
        };
    }

    private static KeyCode code(String word, String whole) {
        KeyCode byName = KeyCode.getKeyCode(word.length() == 1 ? word.toUpperCase(Locale.ROOT) : word);
        if (byName != null) {
            return byName;
        }
        for (KeyCode c : KeyCode.values()) { // any spelling: "page up", "PAGE_UP", "pageup", "Del"
            String name = c.getName().toLowerCase(Locale.ROOT).replace(" ", "");
            String wanted = word.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
            if (name.equals(wanted) || c.name().toLowerCase(Locale.ROOT).replace("_", "").equals(wanted)) {
                return c;
            }
        }
        switch (word.toLowerCase(Locale.ROOT)) {
            case "del" -> {
                return KeyCode.DELETE;
            }
            case "esc" -> {
                return KeyCode.ESCAPE;
            }
            case "+" -> {
                return KeyCode.PLUS;
            }
            case "-" -> {
                return KeyCode.MINUS;
            }
            default -> throw new IllegalArgumentException("'" + whole + "': '" + word + "' is not a key; use a "
                    + "letter, a digit or a key name such as F1, Left, Up, Home, Delete, Page Up, Space, Minus");
        }
    }
}
