"""The Care team screen: where a nurse sets up the team's plan."""
