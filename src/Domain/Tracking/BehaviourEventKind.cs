namespace KnowledgePay.Domain.Tracking;

/// <summary>
/// What a learner did with a course. Purchase, refund and review are recorded by the server itself, never sent by
/// clients; a page error is the mini program reporting that a course page failed (an experiment guardrail).
/// </summary>
public enum BehaviourEventKind
{
    View,
    Click,
    Favourite,
    Unfavourite,
    LessonStart,
    Progress,
    LessonComplete,
    Share,
    Purchase,
    Refund,
    Review,
    PageError,
}
