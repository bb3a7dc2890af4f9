using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Training.Data.Migrations
{
    /// <inheritdoc />
    public partial class CompetencyDescriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "description_bg",
                table: "framework_competencies",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "description_en",
                table: "framework_competencies",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "description_fr",
                table: "framework_competencies",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.UpdateData(
                table: "framework_competencies",
                keyColumns: new[] { "code", "version_number" },
                keyValues: new object[] { "C1", 1 },
                columns: new[] { "description_bg", "description_en", "description_fr" },
                values: new object[] { "Дава на пострадалия, от първия контакт и на разбираем за възрастта му език, информация за правата му, за подкрепата, която може да получи, и за хода на производството, и проверява, че е разбрана.", "From the first contact, and in language suited to the victim's age, explains their rights, the support available and how the proceedings will go, and checks that this has been understood.", "Dès le premier contact, et dans un langage adapté à l'âge de la victime, explique ses droits, le soutien disponible et le déroulement de la procédure, et vérifie qu'ils ont été compris." });

            migrationBuilder.UpdateData(
                table: "framework_competencies",
                keyColumns: new[] { "code", "version_number" },
                keyValues: new object[] { "C2", 1 },
                columns: new[] { "description_bg", "description_en", "description_fr" },
                values: new object[] { "Оценява емоционалното, психичното и социалното състояние на пострадалия и отчита как то влияе върху способността му да участва в производството и върху нуждите му от подкрепа.", "Assesses the victim's emotional, mental and social state and takes into account how it affects their ability to take part in the proceedings and their need for support.", "Évalue l'état émotionnel, psychique et social de la victime et tient compte de son effet sur sa capacité à participer à la procédure et sur ses besoins de soutien." });

            migrationBuilder.UpdateData(
                table: "framework_competencies",
                keyColumns: new[] { "code", "version_number" },
                keyValues: new object[] { "C3", 1 },
                columns: new[] { "description_bg", "description_en", "description_fr" },
                values: new object[] { "Разпознава физическите, поведенческите и емоционалните признаци на насилие и злоупотреба, включително у малки деца, и знае към кого и как да насочи случая.", "Recognises the physical, behavioural and emotional signs of violence and abuse, including in young children, and knows to whom and how to refer the case.", "Reconnaît les signes physiques, comportementaux et émotionnels de la violence et de la maltraitance, y compris chez les jeunes enfants, et sait à qui et comment signaler le cas." });

            migrationBuilder.UpdateData(
                table: "framework_competencies",
                keyColumns: new[] { "code", "version_number" },
                keyValues: new object[] { "C4", 1 },
                columns: new[] { "description_bg", "description_en", "description_fr" },
                values: new object[] { "Извършва индивидуална оценка на нуждите от защита по член 22 от Директива 2012/29/ЕС, определя специалните мерки и споделя резултатите с институциите, които имат нужда от тях, без да разкрива повече данни от необходимото.", "Carries out the individual assessment of protection needs under Article 22 of Directive 2012/29/EU, identifies the special measures and shares the findings with the institutions that need them, disclosing no more data than necessary.", "Réalise l'évaluation individuelle des besoins de protection prévue à l'article 22 de la directive 2012/29/UE, détermine les mesures spéciales et en partage les conclusions avec les institutions qui en ont besoin, sans divulguer plus de données que nécessaire." });

            migrationBuilder.UpdateData(
                table: "framework_competencies",
                keyColumns: new[] { "code", "version_number" },
                keyValues: new object[] { "C5", 1 },
                columns: new[] { "description_bg", "description_en", "description_fr" },
                values: new object[] { "Подготвя и провежда или подпомага изслушването на детето в специализирано помещение, с подходящи въпроси и колкото е възможно по-малко на брой разпити, за да избегне повторно травмиране.", "Prepares and conducts, or assists with, the child's hearing in a specialised room, with suitable questions and as few interviews as possible, to avoid re-traumatisation.", "Prépare et conduit, ou assiste, l'audition de l'enfant dans une salle spécialisée, avec des questions adaptées et aussi peu d'entretiens que possible, afin d'éviter un nouveau traumatisme." });

            migrationBuilder.UpdateData(
                table: "framework_competencies",
                keyColumns: new[] { "code", "version_number" },
                keyValues: new object[] { "C6", 1 },
                columns: new[] { "description_bg", "description_en", "description_fr" },
                values: new object[] { "Работи заедно с другите професии и институции по случая: разпределя задачите, обменя информация по установените правила и координира подкрепата, за да не се налага пострадалият да разказва многократно.", "Works with the other professions and institutions on the case: shares out the tasks, exchanges information under the agreed rules and coordinates support so that the victim does not have to tell their story again and again.", "Travaille avec les autres professions et institutions sur le dossier : répartit les tâches, échange les informations selon les règles convenues et coordonne le soutien pour que la victime n'ait pas à répéter son récit." });

            migrationBuilder.UpdateData(
                table: "framework_competencies",
                keyColumns: new[] { "code", "version_number" },
                keyValues: new object[] { "C7", 1 },
                columns: new[] { "description_bg", "description_en", "description_fr" },
                values: new object[] { "Поддържа и развива знанията и уменията си чрез обучения, супервизия и обмяна на опит и се грижи за собственото си благополучие при работа с травма.", "Keeps up and develops their knowledge and skills through training, supervision and the exchange of experience, and looks after their own wellbeing when working with trauma.", "Entretient et développe ses connaissances et compétences par la formation, la supervision et l'échange d'expériences, et veille à son propre bien-être face au traumatisme." });

            migrationBuilder.UpdateData(
                table: "framework_competencies",
                keyColumns: new[] { "code", "version_number" },
                keyValues: new object[] { "C8", 1 },
                columns: new[] { "description_bg", "description_en", "description_fr" },
                values: new object[] { "Спазва етичните правила и кодекса на поведение на професията си: уважение, недискриминация, поверителност, защита на личните данни и най-добрия интерес на детето.", "Follows the ethical rules and code of conduct of their profession: respect, non-discrimination, confidentiality, protection of personal data and the best interests of the child.", "Respecte les règles éthiques et le code de déontologie de sa profession : respect, non-discrimination, confidentialité, protection des données personnelles et intérêt supérieur de l'enfant." });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "description_bg",
                table: "framework_competencies");

            migrationBuilder.DropColumn(
                name: "description_en",
                table: "framework_competencies");

            migrationBuilder.DropColumn(
                name: "description_fr",
                table: "framework_competencies");
        }
    }
}
