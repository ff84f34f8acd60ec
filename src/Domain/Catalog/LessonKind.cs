namespace KnowledgePay.Domain.Catalog;

public enum LessonKind
{
    Article,
    Audio,
    Video,
    Live,
}
