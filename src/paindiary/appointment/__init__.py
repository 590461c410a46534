"""The appointment: one Qt-free content model that the report PDF, print, images and the
Appointment page all draw from, so they cannot disagree."""
