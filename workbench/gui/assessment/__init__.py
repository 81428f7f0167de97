"""Assessment screens: set-up, wizard, evidence panel, results, presenter mode."""
