namespace KnowledgePay.Application.Pricing;

/// <summary>The membership feature's answer to "which memberships does this buyer hold now".</summary>
public interface IMemberPriceSource
{
    Task<IReadOnlyList<MemberStanding>> ActiveAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>An active membership: the courses it opens (all, or <see cref="CourseIds"/>) and its discount on the rest.</summary>
public sealed record MemberStanding(
    Guid MembershipId, Guid PlanId, string PlanTitle, bool CoversAllCourses, IReadOnlySet<Guid> CourseIds, int DiscountPercent,
    DateTimeOffset ExpiresAt)
{
    public bool Opens(Guid courseId) => CoversAllCourses || CourseIds.Contains(courseId);
}
