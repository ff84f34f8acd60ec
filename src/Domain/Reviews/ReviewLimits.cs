namespace KnowledgePay.Domain.Reviews;

public static class ReviewLimits
{
    public const int MinStars = 1;

    public const int MaxStars = 5;

    /// <summary>Room for a considered review; longer text belongs in a lesson comment.</summary>
    public const int TextLength = 2000;

    public const int ReplyLength = 1000;
}
