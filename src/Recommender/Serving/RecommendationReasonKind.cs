namespace KnowledgePay.Recommender.Serving;

/// <summary>Why a course is recommended; the API turns kind and subject into a sentence.</summary>
public enum RecommendationReasonKind
{
    /// <summary>Close to a course the user owns (subject: that course's key): "because you took X".</summary>
    BecauseYouTook,

    /// <summary>
    /// Close to a course the user viewed, favoured or studied since the model was trained (subject: that course's key):
    /// "because you viewed X".
    /// </summary>
    BecauseYouViewed,

    /// <summary>Carries a tag or category the user is interested in (subject: its feature token): "matches your interest #T".</summary>
    MatchesYourInterest,

    /// <summary>By a creator the user follows (subject: the creator key): "new from a creator you follow".</summary>
    FromCreatorYouFollow,

    /// <summary>Much taken in the course's first tag or category (subject: its feature token, or empty): "popular in #T".</summary>
    PopularIn,

    /// <summary>Close to the course a similar-courses list is for (subject: that course's key).</summary>
    SimilarTo,
}
