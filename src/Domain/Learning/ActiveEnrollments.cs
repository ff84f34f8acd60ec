namespace KnowledgePay.Domain.Learning;

/// <summary>Queries over enrollments that grant access at a moment; what "active" means lives in <see cref="Enrollment.ActiveAt"/>.</summary>
public static class ActiveEnrollments
{
    public static IQueryable<Enrollment> ActiveAt(this IQueryable<Enrollment> enrollments, DateTimeOffset now) =>
        enrollments.Where(Enrollment.ActiveAt(now));

    public static IQueryable<Enrollment> ActiveFor(this IQueryable<Enrollment> enrollments, Guid userId, DateTimeOffset now) =>
        enrollments.ActiveAt(now).Where(e => e.UserId == userId);

    public static IQueryable<Enrollment> ActiveFor(this IQueryable<Enrollment> enrollments, Guid userId, Guid courseId, DateTimeOffset now) =>
        enrollments.ActiveFor(userId, now).Where(e => e.CourseId == courseId);
}
