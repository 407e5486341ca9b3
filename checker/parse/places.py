"""Places of publication, told apart from publishers in a book's imprint.

Chicago's imprint is `(Place: Publisher, Year)`, but many history journals print the older,
British form with the place alone: `(New Haven, 2007)`, `(Cambridge, MA, 1990)`, `(Boston,
MA, 1992)`; and `Publisher, Year` without a place is Chicago too (`(Verso, 2013)`). Which of
the two a name before the year is cannot be read from its shape, so the cities where
scholarly books are printed are listed (the presses' seats and the usual capitals), and a
city followed by a state or country (`Cambridge, MA`, `Warsaw, Poland`) is a place as well.
"""

from __future__ import annotations

import re

# the presses' seats and the usual capitals
_CITY_NAMES = frozenset(
    {
        "Abingdon", "Albany", "Albuquerque", "Aldershot", "Amherst", "Amsterdam", "Ann Arbor", "Armonk", "Athens",
        "Auckland", "Austin", "Baltimore", "Barcelona", "Basel", "Basingstoke", "Baton Rouge", "Beijing", "Belfast",
        "Berkeley", "Berlin", "Bern", "Bloomington", "Bogotá", "Bologna", "Boston", "Boulder", "Brighton", "Bristol",
        "Brussels", "Budapest", "Buenos Aires", "Cairo", "Cambridge", "Canberra", "Cape Town", "Caracas", "Cardiff",
        "Chapel Hill", "Charlottesville", "Chicago", "Cologne", "Columbia", "Columbus", "Copenhagen", "Cork", "Delhi",
        "Detroit", "Dublin", "Durham", "Edinburgh", "Evanston", "Farnham", "Florence", "Frankfurt", "Gainesville",
        "Geneva", "Glasgow", "Gottingen", "Göttingen", "Hamburg", "Harmondsworth", "Havana", "Heidelberg", "Helsinki",
        "Hoboken", "Hong Kong", "Honolulu", "Iowa City", "Istanbul", "Ithaca", "Jerusalem", "Johannesburg",
        "Kingston", "Knoxville", "Kyiv", "Lanham", "Lawrence", "Leeds", "Leiden", "Leipzig", "Lexington", "Lima",
        "Lincoln", "Lisbon", "Liverpool", "London", "Los Angeles", "Lyon", "Madison", "Madrid", "Malden",
        "Manchester", "Manila", "Melbourne", "Mexico City", "Milan", "Milano", "Minneapolis", "Montevideo",
        "Montreal", "Moscow", "Munich", "Nairobi", "Naples", "Nashville", "New Brunswick", "New Delhi", "New Haven",
        "New York", "Newark", "Newbury Park", "Norman", "Norwich", "Oakland", "Oslo", "Ottawa", "Oxford", "Paris",
        "Philadelphia", "Pittsburgh", "Prague", "Princeton", "Providence", "Quito", "Rio de Janeiro", "Rochester",
        "Roma", "Rome", "Salt Lake City", "San Francisco", "Santa Barbara", "Santiago", "Seattle", "Sevilla",
        "Seville", "Singapore", "Stanford", "Stockholm", "Stuttgart", "Sydney", "Syracuse", "São Paulo", "Tel Aviv",
        "Thousand Oaks", "Tokyo", "Toronto", "Tucson", "Turin", "Tuscaloosa", "Urbana", "Vancouver", "Venice",
        "Vienna", "Warsaw", "Washington", "Wellington", "Westport", "Zurich"
    }
)  # fmt: skip
# a state or province printed after its city without a comma (`Ithaca NY`); only these, for `Oxford UP` and
# `Edinburgh UP` are a university press and not a place
_STATE_CODES = frozenset(
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
        "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "ON", "QC", "BC",
        "NS",
    }
)  # fmt: skip
# `Tulsa, Oklahoma`, `Lawrence, Kansas`: a town no list holds, named by its state spelt out
_STATE_NAMES = frozenset(
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec",
        "British Columbia", "Nova Scotia",
    }
)  # fmt: skip
# `Cambridge, MA`, `Cambridge, Mass.`, `Washington, D.C.`, `Ithaca NY`, `Warsaw, Poland`, `Basingstoke, UK`
_CITY_STATE = re.compile(r"(?P<city>.+?)\s+(?P<state>[A-Z]{2})")
# `San Francisco, Cleis Books`: a press after its city, with the colon printed as a comma
_PRESS_WORD = re.compile(r"\b(?:Books|Press|Publish\w*|House|Verlag|Editions?|Library|University|College|Institute)\b")
_REGION = re.compile(r"^(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,5}\.|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$")


def is_place(text: str) -> bool:
    """`New Haven`, `Cambridge, MA`, `Boston, Mass.`, `Ithaca NY`: a place of publication, not a publisher."""
    text = " ".join(text.split()).strip(" ,")
    city, _, region = text.partition(",")
    city, region = city.strip(), region.strip()
    if not region and (m := _CITY_STATE.fullmatch(city)):
        if m.group("state") not in _STATE_CODES:
            return False
        city, region = m.group("city"), m.group("state")  # `Ithaca NY`: the comma lost
    if (region in _STATE_CODES or region in _STATE_NAMES) and re.fullmatch(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}", city):
        return True  # `Sebastopol, CA`: a town no list holds, named by its state's code
    # (`New York/New Haven, CT`: two seats of a press's offices)
    if city not in _CITY_NAMES and not ("/" in city and all(c.strip() in _CITY_NAMES for c in city.split("/"))):
        return False
    return not region or (bool(_REGION.match(region)) and not _PRESS_WORD.search(region))
