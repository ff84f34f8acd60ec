namespace KnowledgePay.Application.Privacy;

/// <summary>What an erased account's public writing (reviews, lesson comments) becomes.</summary>
public enum ErasedReviews
{
    /// <summary>Kept: its author is the anonymised account, which has no name, picture or openid any more.</summary>
    Anonymise,

    /// <summary>Deleted, and taken out of the course's rating.</summary>
    Remove,
}
