using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Learning.Commands.GrantCourseAccess;

/// <summary>Admins: enrolls a user in a course without a purchase (support cases, gifts); the audit log records who did.</summary>
[RequiresRole(Role.Admin)]
public sealed record GrantCourseAccessCommand(Guid UserId, Guid CourseId) : ICommand<EnrollmentDto>;

internal sealed class GrantCourseAccessCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<GrantCourseAccessCommand, EnrollmentDto>
{
    public async ValueTask<EnrollmentDto> Handle(GrantCourseAccessCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureLearnerAndCourseExistAsync(command.UserId, command.CourseId, cancellationToken);
        var now = clock.GetUtcNow();
        var granted = await db.EnrollAsync([Enrollment.ByAdmin(command.UserId, command.CourseId, now)], now, cancellationToken);
        var enrollment = granted.SingleOrDefault() ?? throw LearningErrors.AlreadyEnrolled(command.UserId, command.CourseId);
        await db.SaveChangesAsync(cancellationToken);
        return enrollment.Adapt<EnrollmentDto>();
    }
}
