using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Learning;

public sealed record EnrollmentGrantedEvent(Guid EnrollmentId, Guid UserId, Guid CourseId, EnrollmentSource Source) : IDomainEvent;

public sealed record EnrollmentRevokedEvent(Guid EnrollmentId, Guid UserId, Guid CourseId) : IDomainEvent;
