namespace KnowledgePay.Domain.Tracking;

/// <summary>What a learner did with a course. The last three are recorded by the server itself, never sent by clients.</summary>
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
}
