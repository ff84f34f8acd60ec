using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Offers;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.Catalog.Commands.SetCourseGuardrails;

/// <summary>Admins: the limits the course's creator prices it within, and that no discount may cross.</summary>
[RequiresRole(Role.Admin)]
public sealed record SetCourseGuardrailsCommand(Guid CourseId, PriceGuardrailsInput Guardrails) : ICommand<CourseDto>;

internal sealed class SetCourseGuardrailsCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<SetCourseGuardrailsCommand, CourseDto>
{
    public async ValueTask<CourseDto> Handle(SetCourseGuardrailsCommand command, CancellationToken cancellationToken)
    {
        var course = await db.ManagedCourseAsync(user, command.CourseId, cancellationToken);
        course.SetGuardrails(command.Guardrails.ToGuardrails());
        return await db.SaveCourseAsync(course, cancellationToken);
    }
}
