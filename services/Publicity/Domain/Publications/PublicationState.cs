namespace Justice.Publicity.Domain.Publications;

/// <summary>Where a publication stands: only a published one is seen outside the publicity team.</summary>
public enum PublicationState
{
    /// <summary>Being written; seen by publicity editors and national admins only.</summary>
    Draft,
    /// <summary>On the public site, for anyone to read.</summary>
    Published,
    /// <summary>Taken off the public site; it may be corrected and published again.</summary>
    Withdrawn,
}

/// <summary>What may be done to a publication.</summary>
public enum PublicationAction
{
    /// <summary>Replace its texts, or upload or remove a language's file.</summary>
    Edit,
    Publish,
    Withdraw,
}
