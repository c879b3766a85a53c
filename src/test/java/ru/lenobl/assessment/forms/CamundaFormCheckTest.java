package ru.lenobl.assessment.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;

class CamundaFormCheckTest {

  @Test
  void everyShippedFormIsACamundaForm() {
    List<ModelResource> forms = new ClasspathModels().forms();

    assertThat(forms).hasSizeGreaterThan(100);
    assertThat(forms).allSatisfy(form ->
        assertThat(CamundaFormCheck.problem(form.content())).as(form.name()).isEmpty());
  }

  @Test
  void textThatIsNotJsonIsRefusedWithJacksonsMessageAndTheLineAndColumn() {
    assertThatThrownBy(() -> CamundaFormCheck.check("forms/vpr/broken.form", bytes("{\n  \"id\": \"x\",\n  oops\n}")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("Развёртывание отклонено: ресурс «forms/vpr/broken.form» не является формой Camunda: "
            + "не разбирается как JSON (строка 3, столбец ")
        .hasMessageContaining("Unexpected character ('o'");
  }

  @Test
  void jsonThatOnlyALenientParserReadsIsRefused() {
    assertThat(problem("{id: 'lenient', components: []}")).get().asString().startsWith("не разбирается как JSON (строка 1, столбец 2)");
    assertThat(problem("{\"id\": \"x\", \"components\": []} trailing")).get().asString().startsWith("не разбирается как JSON");
  }

  @Test
  void aFormNeedsAnIdAndComponentsEachWithAType() {
    assertThat(problem("")).contains("файл пуст");
    assertThat(problem("[]")).get().asString().startsWith("ожидался объект JSON");
    assertThat(problem("{\"components\": []}")).get().asString().startsWith("нет строки «id»");
    assertThat(problem("{\"id\": \" \", \"components\": []}")).get().asString().startsWith("нет строки «id»");
    assertThat(problem("{\"id\": \"x\"}")).get().asString().startsWith("нет массива «components»");
    assertThat(problem("{\"id\": \"x\", \"components\": [{\"type\": \"group\", \"components\": [{\"key\": \"a\"}]}]}"))
        .contains("элемент «components[0].components[0]» — не поле формы: нет строки «type»");
  }

  @Test
  void aMinimalFormPasses() {
    assertThat(problem("{\"id\": \"x\", \"components\": [{\"type\": \"checkbox\", \"key\": \"done\"}]}")).isEmpty();
  }

  private static Optional<String> problem(String text) {
    return CamundaFormCheck.problem(bytes(text));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
