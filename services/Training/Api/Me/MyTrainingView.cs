using Justice.Training.Api.Certificates;
using Justice.Training.Api.Practitioners;
using Justice.Training.Api.Sessions;

namespace Justice.Training.Api.Me;

public sealed record MyTrainingView(PractitionerView Practitioner, IReadOnlyList<MySessionView> Sessions, IReadOnlyList<CertificateView> Certificates);

public sealed record MySessionView(SessionView Session, EnrolmentView Enrolment);
