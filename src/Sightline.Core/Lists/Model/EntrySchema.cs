namespace Sightline.Lists.Model;

/// <summary>What kind of party a list entry is. OFAC's blank type means an organization.</summary>
public enum EntrySchema { Person, Organization, Vessel, Aircraft }
