using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Learning;

public static class LearningErrors
{
    public static DomainException EnrollmentAlreadyRevoked() =>
        new("ENROLLMENT_ALREADY_REVOKED", "This access to the course has already been withdrawn.");
}
